package vn.vieclam.portal.matching;

/** The points of each component, as PostgreSQL computed them (see {@link MatchWeights}). */
public record MatchPoints(int occupation, int skill, int place, int wage, int start, int housing) {

	public int total() {
		return this.occupation + this.skill + this.place + this.wage + this.start + this.housing;
	}

}
