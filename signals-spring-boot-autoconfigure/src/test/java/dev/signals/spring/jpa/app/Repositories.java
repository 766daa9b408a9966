package dev.signals.spring.jpa.app;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The Spring Data repositories of the test application. */
public final class Repositories {

	private Repositories() {
	}

	public interface Orders extends JpaRepository<Order, Long> {

		@Modifying
		@Query("update Order o set o.status = :status")
		int markAll(String status);

	}

	public interface Articles extends JpaRepository<Article, Long> {

	}

	public interface Customers extends JpaRepository<Customer, Long> {

	}

	public interface AuditEntries extends JpaRepository<AuditEntry, Long> {

	}

	public interface Parents extends JpaRepository<Parent, Long> {

	}

	public interface Children extends JpaRepository<Child, Long> {

	}

	public interface Posts extends JpaRepository<Post, Long> {

	}

	public interface Tags extends JpaRepository<Tag, Long> {

	}

	public interface Tickets extends JpaRepository<Ticket, Long> {

	}

	public interface Settings extends JpaRepository<Setting, String> {

	}

	public interface Invoices extends JpaRepository<Invoice, Long> {

	}

	public interface Memos extends JpaRepository<Memo, Long> {

	}

	public interface Accounts extends JpaRepository<Account, Long> {

	}

	public interface Profiles extends JpaRepository<Profile, String> {

	}

	public interface Gauges extends JpaRepository<Gauge, Long> {

	}

	public interface Shelves extends JpaRepository<Shelf, Long> {

	}

	public interface Cars extends JpaRepository<Car, Long> {

	}

	public interface Parts extends JpaRepository<Part, Long> {

	}

}
