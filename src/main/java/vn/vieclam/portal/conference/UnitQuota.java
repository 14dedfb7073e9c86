package vn.vieclam.portal.conference;

/** How many gift recipients a unit may nominate, has nominated (not counting refused ones) and got approved. */
record UnitQuota(Long unitId, String unitName, int quota, int nominated, int approved, int handedOver) {

	public boolean full() {
		return this.nominated >= this.quota;
	}

}
