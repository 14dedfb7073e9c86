package vn.vieclam.portal.vacancy;

public enum Gender {

	ANY, MALE, FEMALE

}
