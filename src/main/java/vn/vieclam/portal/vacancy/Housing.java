package vn.vieclam.portal.vacancy;

public enum Housing {

	DORMITORY, RENT_SUPPORT, NONE

}
