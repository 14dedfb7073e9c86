package vn.vieclam.portal.browser;

import java.io.File;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import vn.vieclam.portal.DemoCodes;

/** Debian's headless Chromium, driven by Selenium, sized like a phone or a desktop. */
final class Browser implements AutoCloseable {

	private final WebDriver driver;

	private final String base;

	Browser(int port, int width, int height) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=vi-VN");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().window().setSize(new Dimension(width, height));
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
		this.base = "http://localhost:" + port;
	}

	static Browser phone(int port) {
		return new Browser(port, 360, 780);
	}

	static Browser desktop(int port) {
		return new Browser(port, 1280, 900);
	}

	void open(String path) {
		this.driver.get(this.base + path);
	}

	void signIn(String username, String password) {
		open("/login");
		type("username", username);
		type("password", password);
		submitWith("form[action='/login'] button[type=submit]");
		if (this.driver.getCurrentUrl().endsWith("/login/code")) {
			enterCode(username);
		}
	}

	/** The second step for the demo administrator and officials: a code from the demo secret. */
	void enterCode(String username) {
		type("code", DemoCodes.next(username));
		submitWith("form[action='/login/code'] button[type=submit]");
		if (this.driver.getCurrentUrl().endsWith("/login/code")) {
			// an earlier run (another JVM) used this step: the next one is fresh
			DemoCodes.waitForNextStep();
			type("code", DemoCodes.next(username));
			submitWith("form[action='/login/code'] button[type=submit]");
		}
	}

	void signOut() {
		submitWith("form[action='/logout'] button");
	}

	void type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	void select(String id, String visibleText) {
		new org.openqa.selenium.support.ui.Select(this.driver.findElement(By.id(id))).selectByVisibleText(visibleText);
	}

	/** Picks the first option whose text contains {@code part} (e.g. a province whatever its prefix). */
	void selectContaining(String id, String part) {
		org.openqa.selenium.support.ui.Select select = new org.openqa.selenium.support.ui.Select(
				this.driver.findElement(By.id(id)));
		WebElement option = select.getOptions()
			.stream()
			.filter(o -> o.getText().contains(part))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No option with '" + part + "' in #" + id));
		select.selectByVisibleText(option.getText());
	}

	void check(String id) {
		WebElement box = this.driver.findElement(By.id(id));
		if (!box.isSelected()) {
			press(box);
		}
	}

	/** Submits and waits for the next page: every form posts and redirects (post-redirect-get). */
	void submit(String formCss) {
		WebElement button = this.driver.findElement(By.cssSelector(formCss + " button[type=submit]"));
		press(button);
		waitForNextPage(button);
	}

	private void waitForNextPage(WebElement fromOldPage) {
		new org.openqa.selenium.support.ui.WebDriverWait(this.driver, Duration.ofSeconds(30)).until(driver -> {
			try {
				fromOldPage.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				return true;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				// Chromium sometimes answers "Node with given id does not belong to the document" while the old
				// page is being torn down, instead of "stale element": the old page is gone either way.
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
	}

	/** Presses a particular submit button (a form with several) and waits for the next page. */
	void submitWith(String buttonCss) {
		WebElement button = this.driver.findElement(By.cssSelector(buttonCss));
		press(button);
		waitForNextPage(button);
	}

	/** Scrolls the element to the middle of the window first, as a person would before tapping it. */
	private void press(WebElement element) {
		((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		try {
			element.click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException ex) {
			// Headless Chromium sometimes reports a tall page's button as covered after scrolling; a person's
			// tap would reach it, so tap it the way the page's own script would.
			((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("arguments[0].click();", element);
		}
	}

	java.util.List<String> ids(String css) {
		return this.driver.findElements(By.cssSelector(css)).stream().map(e -> e.getDomAttribute("id")).toList();
	}

	java.util.List<String> texts(String css) {
		return this.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	/** Presses a form's button and waits for the next page, so that the next step never races the post. */
	void click(String css) {
		submitWith(css);
	}

	void clickLink(String text) {
		try {
			WebElement link = this.driver.findElement(By.linkText(text));
			press(link);
			waitForNextPage(link);
		}
		catch (org.openqa.selenium.NoSuchElementException ex) {
			throw new AssertionError("No link '" + text + "' on " + path() + ":\n" + pageText(), ex);
		}
	}

	String text(String css) {
		return this.driver.findElement(By.cssSelector(css)).getText();
	}

	String driverValue(String id) {
		return this.driver.findElement(By.id(id)).getDomAttribute("value") == null ? ""
				: this.driver.findElement(By.id(id)).getAttribute("value");
	}

	String path() {
		return this.driver.getCurrentUrl().substring(this.base.length());
	}

	String title() {
		return this.driver.getTitle();
	}

	String pageText() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	/** Whether the page is wider than the window (a phone user would have to scroll sideways). */
	boolean scrollsSideways() {
		Object overflow = ((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
		return Boolean.TRUE.equals(overflow);
	}

	/** The value of an attribute of the first element matching the selector (e.g. a link's href). */
	String attribute(String css, String name) {
		return this.driver.findElement(By.cssSelector(css)).getAttribute(name);
	}

	/** The browser's cookies as a Cookie request header, to fetch a link with the same session. */
	String cookieHeader() {
		return this.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
	}

	/** Saves a screenshot of the whole page at the window's width (under target/). */
	void screenshot(String file) {
		try {
			java.nio.file.Path target = java.nio.file.Path.of("target", "screenshots", file);
			java.nio.file.Files.createDirectories(target.getParent());
			Object height = ((org.openqa.selenium.JavascriptExecutor) this.driver)
				.executeScript("return document.documentElement.scrollHeight;");
			Dimension before = this.driver.manage().window().getSize();
			this.driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(10000, ((Number) height).intValue() + 140)));
			byte[] png = ((org.openqa.selenium.TakesScreenshot) this.driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
			java.nio.file.Files.write(target, png);
			this.driver.manage().window().setSize(before);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	void resize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
	}

	/** Whether a table's scrolling box is wider than what shows of it (a phone user would swipe it sideways). */
	boolean tablesScrollSideways() {
		Object overflow = ((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript(
				"return [...document.querySelectorAll('.table-responsive')].some(e => e.scrollWidth > e.clientWidth + 1);");
		return Boolean.TRUE.equals(overflow);
	}

	/** Runs a script in the page and returns what it returns. */
	Object script(String js, Object... args) {
		return scripts().executeScript(js, args);
	}

	/** Runs a script that answers by calling its last argument (a promise's result, say). */
	private Object asyncScript(String js) {
		return scripts().executeAsyncScript(js);
	}

	private org.openqa.selenium.JavascriptExecutor scripts() {
		return (org.openqa.selenium.JavascriptExecutor) this.driver;
	}

	/** A DevTools command (network throttling, device metrics, cache). */
	void devtools(String command, java.util.Map<String, Object> parameters) {
		((ChromeDriver) this.driver).executeCdpCommand(command, parameters);
	}

	/**
	 * Shows pages as a phone of that CSS width does (DevTools device metrics: a mobile viewport, 2× pixels),
	 * which a headless window cannot be narrowed to on its own.
	 */
	void emulatePhone(int width, int height) {
		devtools("Emulation.setDeviceMetricsOverride",
				java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
	}

	/** A 360 px phone whose every load is a first visit: nothing comes from the browser's caches. */
	static Browser phoneOnFirstVisits(int port) {
		Browser phone = phone(port);
		phone.emulatePhone(360, 780);
		phone.devtools("Network.enable", java.util.Map.of());
		phone.devtools("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", true));
		return phone;
	}

	/**
	 * axe-core's violations on the current page (every rule it runs by default), one line each: the rule, its
	 * impact, its help text and the elements. axe.min.js comes from the npm package that
	 * {@code src/test/browser/ensure-axe.sh} unpacked under target/axe before the browser tests.
	 */
	java.util.List<String> accessibilityViolations() {
		script(Axe.source());
		Object result = asyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document).then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
				    + v.nodes.slice(0, 5).map(n => n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : '')).join(' | '))))
				  .catch(e => done(['axe failed: ' + e]));""");
		@SuppressWarnings("unchecked")
		java.util.List<String> violations = (java.util.List<String>) result;
		return violations;
	}

	/** What reaches the browser for the current page, in bytes as transferred (compressed), and by resource. */
	java.util.Map<String, Long> transferred() {
		@SuppressWarnings("unchecked")
		java.util.Map<String, Object> sizes = (java.util.Map<String, Object>) script("""
				const sizes = {};
				for (const e of performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))) {
				  sizes[e.name] = (sizes[e.name] || 0) + e.transferSize;
				}
				return sizes;""");
		java.util.Map<String, Long> bytes = new java.util.TreeMap<>();
		sizes.forEach((name, size) -> bytes.put(name, ((Number) size).longValue()));
		return bytes;
	}

	/**
	 * The page's first contentful paint in ms after the navigation started (the Paint Timing entry, which Chromium
	 * may record a moment after the load event), or -1 when none came within 5 s.
	 */
	double firstContentfulPaint() {
		Object paint = asyncScript("""
				const done = arguments[arguments.length - 1];
				const found = () => performance.getEntriesByName('first-contentful-paint')[0];
				if (found()) { done(found().startTime); return; }
				new PerformanceObserver(list => {
				  const e = list.getEntriesByName('first-contentful-paint')[0];
				  if (e) done(e.startTime);
				}).observe({ type: 'paint', buffered: true });
				setTimeout(() => done(found() ? found().startTime : -1), 5000);""");
		return ((Number) paint).doubleValue();
	}

	/** The window's width in CSS pixels (what the page lays out for). */
	long viewportWidth() {
		return ((Number) script("return window.innerWidth;")).longValue();
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
