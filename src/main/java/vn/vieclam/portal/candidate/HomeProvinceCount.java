package vn.vieclam.portal.candidate;

/** Registered candidates (erased ones included, as statistics) by the home province they were registered with. */
public record HomeProvinceCount(Long provinceId, String provinceName, long candidates) {
}
