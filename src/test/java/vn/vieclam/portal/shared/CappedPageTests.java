package vn.vieclam.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.vieclam.portal.PortalTest;

/** A long list's count stops at the cap, in PostgreSQL; the reader is told "more than", and can still page on. */
@PortalTest
class CappedPageTests {

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Test
	void aListShorterThanTheCapIsCountedExactly() {
		CappedPage<Integer> page = page(9_999, PageRequest.of(0, 20));
		assertThat(page.isCountCapped()).isFalse();
		assertThat(page.getShownCount()).isEqualTo(9_999);
		assertThat(page.getTotalPages()).isEqualTo(500);
	}

	@Test
	void exactlyTheCapIsStillExact() {
		CappedPage<Integer> page = page(CappedPage.COUNT_CAP, PageRequest.of(0, 20));
		assertThat(page.isCountCapped()).isFalse();
		assertThat(page.getShownCount()).isEqualTo(10_000);
	}

	@Test
	void aLongerListSaysMoreThanTheCapAndKeepsANextPage() {
		CappedPage<Integer> page = page(250_000, PageRequest.of(0, 20));
		assertThat(page.isCountCapped()).isTrue();
		assertThat(page.getShownCount()).isEqualTo(10_000);
		assertThat(page.hasNext()).isTrue();
	}

	@Test
	void pagingPastTheCapCountsOnToTheEndOfThatPageSoThereIsAlwaysANextOneWhileRowsRemain() {
		CappedPage<Integer> deep = page(250_000, PageRequest.of(600, 20));
		assertThat(deep.isCountCapped()).isTrue();
		assertThat(deep.hasNext()).isTrue();
		CappedPage<Integer> last = page(12_010, PageRequest.of(600, 20));
		assertThat(last.isCountCapped()).isFalse();
		assertThat(last.getShownCount()).isEqualTo(12_010);
		assertThat(last.hasNext()).isFalse();
	}

	@Test
	void aPageThatIsNotFullIsTheLastAndGivesTheTotalWithoutACount() {
		assertThat(CappedPage.totalWithoutCounting(PageRequest.of(0, 20), 7)).hasValue(7);
		assertThat(CappedPage.totalWithoutCounting(PageRequest.of(0, 20), 0)).hasValue(0);
		assertThat(CappedPage.totalWithoutCounting(PageRequest.of(3, 20), 5)).hasValue(65);
	}

	@Test
	void aFullPageOrAnEmptyOnePastTheFirstStillNeedsTheCount() {
		assertThat(CappedPage.totalWithoutCounting(PageRequest.of(0, 20), 20)).isEmpty();
		assertThat(CappedPage.totalWithoutCounting(PageRequest.of(4, 20), 0)).isEmpty();
	}

	/** Rows 1..{@code rows} from PostgreSQL, counted the way the lists count them. */
	private CappedPage<Integer> page(int rows, Pageable pageable) {
		Map<String, Object> params = Map.of("rows", rows, "limit", CappedPage.limitFor(pageable));
		Long counted = this.jdbc.queryForObject(
				CappedPage.countSql("from generate_series(1, :rows) g", ":limit"), params, Long.class);
		List<Integer> content = this.jdbc.queryForList("select g from generate_series(1, :rows) g order by g limit 20 offset "
				+ pageable.getOffset(), params, Integer.class);
		return new CappedPage<>(content, pageable, counted);
	}

}
