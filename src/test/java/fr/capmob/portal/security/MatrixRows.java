package fr.capmob.portal.security;

import java.util.List;

/** A module's rows of the authorisation matrix. Each module keeps its own class; the test gathers them all. */
public interface MatrixRows {

    List<MatrixRow> rows(MatrixFixture fixture);
}
