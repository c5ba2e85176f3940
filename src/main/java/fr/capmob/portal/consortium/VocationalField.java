package fr.capmob.portal.consortium;

/** The vocational fields a school trains for (CAPMOB: fashion and beauty, customer relations, hospitality, industry, rare crafts…). */
public enum VocationalField {
    FASHION_BEAUTY,
    CUSTOMER_RELATIONS,
    HOSPITALITY_CATERING,
    INDUSTRY,
    ARTS_CRAFTS,
    BUILDING,
    HEALTH_SOCIAL,
    DIGITAL_ELECTRONICS,
    LOGISTICS_TRANSPORT
}
