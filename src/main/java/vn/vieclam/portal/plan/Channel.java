package vn.vieclam.portal.plan;

/** Where a media campaign is published. */
public enum Channel {

	NEWSPAPER, RADIO_TV, PARTNER_MEDIA, SOCIAL_MEDIA, WEBSITE

}
