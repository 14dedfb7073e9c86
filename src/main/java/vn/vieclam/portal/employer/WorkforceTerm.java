package vn.vieclam.portal.employer;

/** How long a hiring need lasts: short term (seasonal, under a year) or long term. */
enum WorkforceTerm {

	SHORT, LONG

}
