package dev.signals.spring.slices;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParcelRepository extends JpaRepository<Parcel, Long> {

}
