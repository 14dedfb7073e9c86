package vn.vieclam.portal.matching;

import java.time.LocalDate;

/** Referrals made and hires recorded in one month by the job centres of one (partner) province. */
public record ReferralMonthCount(Long provinceId, String provinceName, LocalDate month, long referred, long hired) {
}
