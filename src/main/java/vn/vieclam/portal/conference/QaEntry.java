package vn.vieclam.portal.conference;

/** One approved question and its answer on the public Q&A page: no petitioner data at all. */
record QaEntry(Long id, QuestionTopic topic, String body, String departmentName, String answer, int similar) {
}
