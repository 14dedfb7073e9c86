package vn.vieclam.portal.conference;

/** Who entered a question: the petitioner on the public form, or union staff on their behalf. */
enum QuestionSource {

	PUBLIC, STAFF

}
