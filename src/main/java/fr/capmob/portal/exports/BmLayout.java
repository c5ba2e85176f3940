package fr.capmob.portal.exports;

import java.util.List;

/**
 * A Beneficiary Module layout read from the tables bm_template and bm_column: the value of the "Data type" column
 * and the columns in order (code and exact header text).
 */
record BmLayout(String template, String dataTypeValue, List<BmColumn> columns) {

    record BmColumn(String code, String header) {
    }
}
