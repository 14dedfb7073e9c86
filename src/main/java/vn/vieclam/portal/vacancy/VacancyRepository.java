package vn.vieclam.portal.vacancy;

import org.springframework.data.jpa.repository.JpaRepository;

interface VacancyRepository extends JpaRepository<Vacancy, Long> {

}
