package vn.vieclam.portal.vacancy;

public enum Term {

	SHORT, LONG, SEASONAL

}
