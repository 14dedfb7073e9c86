package vn.vieclam.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on real PostgreSQL with the demo data, driven through MockMvc. One shared
 * Spring context for every test class that uses it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Tests see every change at once: the dashboard's short cache of its big figures (PanelCache) is off here.
@SpringBootTest(properties = "portal.dashboard.cache-ttl=0")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import({ TestDatabase.class, QueryCounter.class })
public @interface PortalTest {

}
