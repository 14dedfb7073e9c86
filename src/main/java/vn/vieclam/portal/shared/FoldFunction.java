package vn.vieclam.portal.shared;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Lets queries say {@code fold(x) like fold(:q)}: the database function {@code fold} (migration V1) drops
 * Vietnamese diacritics and case, so "lang son" finds "Lạng Sơn", and trigram indexes on it are used.
 */
public class FoldFunction implements FunctionContributor {

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		contributions.getFunctionRegistry()
			.registerPattern("fold", "fold(?1)",
					contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.STRING));
	}

}
