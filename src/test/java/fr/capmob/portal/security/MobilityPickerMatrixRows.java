package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;

/** The shared school picker; the mobility and trip forms's type-ahead pickers: those who may create a mobility (accountants: 403). */
class MobilityPickerMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        return List.of(
                MatrixRow.get("/mobilities/pickers/students", "/mobilities/pickers/students?q=a").everyoneSignedIn(OK)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.get("/mobilities/pickers/staff", "/mobilities/pickers/staff?q=a").everyoneSignedIn(OK)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.get("/trips/pickers/schools", "/trips/pickers/schools?q=a").everyoneSignedIn(OK)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                // the shared school picker: everyone (a school's user finds only their own school)
                MatrixRow.get("/schools/picker", "/schools/picker?q=a").everyoneSignedIn(OK).build(),
                // ... the schools sharing a project with their own (the project and pair filters)
                MatrixRow.get("/schools/picker", "/schools/picker?scope=partners&q=a").everyoneSignedIn(OK).build(),
                // ... a project's member schools (the pair form), for a project the user may see, as its page
                MatrixRow.get("/schools/picker", "/schools/picker?q=a&project=" + f.projectP()).everyoneSignedIn(OK)
                        .expect(REFERENT_B, NOT_FOUND).build(),
                MatrixRow.get("/schools/picker", "/schools/picker?q=a&project=" + f.projectQ()).everyoneSignedIn(OK)
                        .expect(REFERENT_A, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, NOT_FOUND).build(),
                MatrixRow.get("/mobilities/pickers/hosts", "/mobilities/pickers/hosts?q=a").everyoneSignedIn(OK)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build());
    }
}
