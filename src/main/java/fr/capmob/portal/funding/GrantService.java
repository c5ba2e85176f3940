package fr.capmob.portal.funding;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.ProjectDetails;
import fr.capmob.portal.consortium.ProjectService;
import fr.capmob.portal.geo.City;
import fr.capmob.portal.geo.Gazetteer;
import fr.capmob.portal.geo.GreatCircle;
import fr.capmob.portal.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The grant of one mobility for a project the user may see, with the project's rate table. */
@Service
@Transactional(readOnly = true)
public class GrantService {

    private final ProjectService projects;
    private final RateTableService rateTables;
    private final Gazetteer gazetteer;

    GrantService(ProjectService projects, RateTableService rateTables, Gazetteer gazetteer) {
        this.projects = projects;
        this.rateTables = rateTables;
        this.gazetteer = gazetteer;
    }

    /**
     * @throws NotFoundException     the project is outside the user's scope, or a city is unknown
     * @throws NoRateTableException  no table fits the project
     */
    public GrantResult calculate(CurrentUser user, GrantRequest request) {
        ProjectDetails project = projects.get(request.projectId(), user);
        RateTableSummary table = rateTables.tableOfProject(project.id(), project.generation(), project.callYear(),
                project.nationalAgency()).orElseThrow(NoRateTableException::new);
        City departure = gazetteer.find(request.departureCityId()).orElseThrow(() -> new NotFoundException("city", request.departureCityId()));
        City destination = gazetteer.find(request.destinationCityId()).orElseThrow(() -> new NotFoundException("city", request.destinationCityId()));
        double km = GreatCircle.distanceKm(departure, destination);
        GrantInput input = new GrantInput(request.activity(), km, destination.country(), request.start(), request.end(),
                request.travelDays(), request.interruptionDays(), request.greenTravel(), request.exceptionalTravelCost(),
                request.fewerOpportunities(), request.participantNumber());
        return new GrantResult(table, departure, destination, km, GrantCalculator.calculate(rateTables.sheet(table.id()), input));
    }
}
