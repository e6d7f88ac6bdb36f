"""The dashboard and a sheet in a real headless Chromium: filter, sort, follow a link, see the crop.

Skipped with the reason when Chromium or chromedriver is not installed
(``make browser`` installs Debian's ``chromium`` and ``chromium-driver``).
"""
from __future__ import annotations

import base64

import pytest

from tests.browser_util import chromium_missing, make_driver, write_batch

_missing = chromium_missing()
pytestmark = pytest.mark.skipif(_missing is not None, reason=_missing or "")


@pytest.fixture
def browser(tmp_path):
    driver = make_driver(tmp_path / "chrome-profile")
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _shown(driver) -> list[str]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#applicants tbody tr'))"
        ".filter(function (r) { return !r.hidden && r.offsetParent !== null; })"
        ".map(function (r) { return r.dataset.id; });")


def _errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_dashboard_filters_sorts_and_links_to_a_sheet_with_its_crop(tmp_path, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    out, _, _ = write_batch(tmp_path / "batch", dismiss=("A002", "MAJOR_MISMATCH"))
    browser.get((out / "index.html").as_uri())
    assert browser.title.startswith("职称申报材料审核")
    assert _shown(browser) == ["A001", "A002", "A003"]  # worst verdict first

    # filter: verdict = 不予通过
    Select(browser.find_element(By.ID, "f-verdict")).select_by_visible_text("不予通过（1）")
    assert _shown(browser) == ["A001"]
    assert browser.find_element(By.ID, "n-shown").text == "1"
    browser.find_element(By.ID, "f-reset").click()
    assert _shown(browser) == ["A001", "A002", "A003"]

    # a bar of the chart filters by its code; a second click clears it
    bar = browser.find_element(By.CSS_SELECTOR, '#chart .bar[data-code="MATERIAL_MISSING"]')
    bar.click()
    assert _shown(browser) == ["A002"]
    assert Select(browser.find_element(By.ID, "f-code")).first_selected_option.get_attribute("value") == "MATERIAL_MISSING"
    bar.click()
    assert len(_shown(browser)) == 3
    # the dismissed finding is neither a bar nor counted
    assert not browser.find_elements(By.CSS_SELECTOR, '#chart .bar[data-code="MAJOR_MISMATCH"]')

    # filter by unit
    Select(browser.find_element(By.ID, "f-unit")).select_by_value("兰州新区人民医院")
    assert _shown(browser) == ["A002"]
    browser.find_element(By.ID, "f-reset").click()

    # sort by the number of open findings, then the other way, then by name (pinyin: 李 王 张)
    th = browser.find_element(By.CSS_SELECTOR, 'th[data-k="total"]')
    th.click()
    assert _shown(browser) == ["A003", "A002", "A001"] and "sorted-asc" in th.get_attribute("class")
    th.click()
    assert _shown(browser) == ["A001", "A002", "A003"] and "sorted-desc" in th.get_attribute("class")
    browser.find_element(By.CSS_SELECTOR, 'th[data-k="name"]').click()
    assert _shown(browser) == ["A002", "A003", "A001"]
    totals = browser.execute_script(
        "return Array.from(document.querySelectorAll('#applicants tbody tr'))"
        ".map(function (r) { return r.cells[8].dataset.v; });")
    assert totals == ["1", "0", "4"]  # 李娜: her dismissed finding no longer counts
    browser.save_screenshot(str(tmp_path / "dashboard.png"))

    # follow the link to 张伟's sheet from a filtered list
    Select(browser.find_element(By.ID, "f-verdict")).select_by_value("reject")
    browser.find_element(By.CSS_SELECTOR, 'tr[data-id="A001"] td a').click()
    assert browser.current_url.endswith("sheets/A001.html")
    assert "职称申报材料审核表" in browser.title
    assert browser.find_element(By.CSS_SELECTOR, "td.id").text == "6201************34"
    assert browser.find_element(By.ID, "verdict").text == "不予通过"
    crops = browser.execute_script(
        "return Array.from(document.querySelectorAll('img.crop-region')).map(function (i) {"
        " return [i.closest('section').dataset.code, i.complete, i.naturalWidth, i.getBoundingClientRect().width]; });")
    assert sorted(c[0] for c in crops) == ["DIPLOMA_NUMBER_INCONSISTENT", "EDUCATION_MISMATCH"]
    assert all(done and nat > 0 and shown > 0 for _, done, nat, shown in crops), crops
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1100, min(int(height) + 40, 4000))
    browser.save_screenshot(str(tmp_path / "sheet.png"))
    assert (tmp_path / "dashboard.png").stat().st_size > 10_000 and (tmp_path / "sheet.png").stat().st_size > 10_000

    # printed on A4, no finding is cut between two pages
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {
        "preferCSSPageSize": True, "printBackground": True})["data"])
    (tmp_path / "sheet.pdf").write_bytes(pdf)
    import pymupdf
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        assert all(abs(p.rect.width - 595.3) < 2 and abs(p.rect.height - 841.9) < 2 for p in doc)
        pages = [p.get_text() for p in doc]
    for i, title in enumerate(("申报单位社保连续缴纳不足", "学历材料与申报信息不符", "证书编号与证书内容不一致",
                               "PDF疑似被编辑"), 1):
        on = [n for n, t in enumerate(pages) if f"{i}. {title}" in t.replace("\n", " ")]
        assert len(on) == 1, (title, on)
        section_text = pages[on[0]]
        assert "依据：" in section_text.split(f"{i}. {title}", 1)[-1]  # the clause printed on the same page

    # back on the dashboard the filter is still set
    browser.back()
    assert browser.find_element(By.ID, "f-verdict").get_attribute("value") == "reject"
    assert _shown(browser) == ["A001"]
    assert _errors(browser) == []
