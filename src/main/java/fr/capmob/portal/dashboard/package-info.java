/**
 * The impact dashboard (participants who went abroad, countries, durations, schools, outcome percentages and exam
 * pass rates, with a map of Europe and charts) and the exam results across students. Read-only: it reads the figures
 * with SQL aggregates over the tables of consortium, participant, geo and mobility (a documented deviation: read-side
 * SQL may join other modules' tables) and writes nothing. Uses account, consortium, geo, mobility and web; no module
 * uses it.
 */
package fr.capmob.portal.dashboard;
