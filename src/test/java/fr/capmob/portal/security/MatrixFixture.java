package fr.capmob.portal.security;

/**
 * The records every matrix row can point at. School A is the "own" school of REFERENT_A and
 * SCHOOL_ACCOUNTANT; school B the one of REFERENT_B.
 * Project P has schools A and C (pair: A tutors C); project Q has B and D (pair: B tutors D).
 * Host organisation hostA was added to the directory by school A.
 * Students studentA (school A) and studentB (school B); staff member staffA (school A).
 * Trip tripA (school A, project P, no participant). Mobilities mobilityA (studentA, project P, DRAFT) and mobilityB (studentB, project Q, DRAFT).
 * School C's trip tripC and mobility mobilityC (project P, DRAFT): A's tutoring partner's records.
 */
public record MatrixFixture(long schoolA, long schoolB, long schoolC, long schoolD,
                            long projectP, long projectQ, long pairP, long pairQ,
                            long userReferentA, long userReferentB, long hostA,
                            long studentA, long studentB, long staffA, int cityParis,
                            long mobilityA, long mobilityB, long tripA, long tripC, long mobilityC) {
}
