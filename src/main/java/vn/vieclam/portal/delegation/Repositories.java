package vn.vieclam.portal.delegation;

import org.springframework.data.jpa.repository.JpaRepository;

interface DelegationRepository extends JpaRepository<Delegation, Long> {

	boolean existsByDestinationProvinceIdAndStartsOn(Long provinceId, java.time.LocalDate startsOn);

	java.util.Optional<Delegation> findFirstByDestinationProvinceIdAndStartsOn(Long provinceId, java.time.LocalDate startsOn);

}

interface DelegationDocumentRepository extends JpaRepository<DelegationDocument, Long> {

}
