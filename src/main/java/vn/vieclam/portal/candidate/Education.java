package vn.vieclam.portal.candidate;

public enum Education {

	NONE, PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY

}
