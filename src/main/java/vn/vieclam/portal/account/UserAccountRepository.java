package vn.vieclam.portal.account;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select u from UserAccount u where lower(u.username) = lower(:username)")
	Optional<UserAccount> findByUsername(String username);

	boolean existsByRole(Role role);

	@Query("select count(u) > 0 from UserAccount u where lower(u.username) = lower(:username)")
	boolean usernameTaken(String username);

	/** The admin's list: one query with the organisation's name joined in SQL, paged in SQL. */
	@Query(value = """
			select u.id as id, u.username as username, u.full_name as fullName, u.role as role,
			       o.name as organisationName, u.enabled as enabled, u.last_login_at as lastLoginAt
			from app_user u join organisation o on o.id = u.organisation_id
			where (:q = '' or fold(u.username || ' ' || u.full_name || ' ' || o.name) like fold(:q))
			  and (:role = '' or u.role = :role)
			  and (:status = '' or u.enabled = (:status = 'ACTIVE'))
			order by u.username""",
			countQuery = """
			select count(*) from app_user u join organisation o on o.id = u.organisation_id
			where (:q = '' or fold(u.username || ' ' || u.full_name || ' ' || o.name) like fold(:q))
			  and (:role = '' or u.role = :role)
			  and (:status = '' or u.enabled = (:status = 'ACTIVE'))""",
			nativeQuery = true)
	Page<UserRow> search(String q, String role, String status, Pageable pageable);

	@Modifying
	@Query("update UserAccount u set u.lastLoginAt = current_timestamp where u.id = :id")
	void touchLastLogin(Long id);

	/** Organisation id and e-mail of the enabled users with an address, in the given organisations. */
	@Query("select u.organisationId, u.email from UserAccount u where u.enabled = true and u.email is not null "
			+ "and u.organisationId in :organisationIds order by u.id")
	java.util.List<Object[]> emailsOf(java.util.Collection<Long> organisationIds);

}
