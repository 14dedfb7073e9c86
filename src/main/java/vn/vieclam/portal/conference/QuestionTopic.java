package vn.vieclam.portal.conference;

/** What a question is about, for grouping and routing. */
public enum QuestionTopic {

	WAGES, SOCIAL_INSURANCE, EMPLOYMENT, HOUSING, EDUCATION, HEALTH, SAFETY, TRADE_UNION, OTHER

}
