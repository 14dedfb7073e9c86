package vn.vieclam.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

	@Test
	void everyWordInOrderWithAnythingBetween() {
		assertThat(SearchText.pattern("  dich vu   cao bang ")).isEqualTo("%dich%vu%cao%bang%");
	}

	@Test
	void nothingToSearchForIsEmpty() {
		assertThat(SearchText.pattern(null)).isEmpty();
		assertThat(SearchText.pattern("   ")).isEmpty();
		assertThat(SearchText.pattern("%_")).isEmpty();
	}

	@Test
	void typedWildcardsAreNotWildcards() {
		assertThat(SearchText.pattern("50%")).isEqualTo("%50%");
	}

}
