// Progressive enhancement: tabs switch without a reload, the name menu opens and closes.
// Without JavaScript the tabs are links and the logout form is shown in <noscript>.
"use strict";

function setupTabs(tablist) {
  const tabs = Array.from(tablist.querySelectorAll('[role="tab"]'));
  function select(tab, focus) {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute("aria-controls")).hidden = !selected;
    }
    history.replaceState(null, "", tab.href);
    if (focus) tab.focus();
  }
  tabs.forEach((tab, index) => {
    tab.addEventListener("click", (event) => { event.preventDefault(); select(tab, false); });
    tab.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step === undefined) return;
      event.preventDefault();
      select(tabs[(index + step + tabs.length) % tabs.length], true);
    });
  });
}

function setupNameMenu(button) {
  const panel = document.getElementById(button.getAttribute("aria-controls"));
  function setOpen(open) {
    button.setAttribute("aria-expanded", String(open));
    panel.hidden = !open;
  }
  button.addEventListener("click", () => setOpen(panel.hidden));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !panel.hidden) { setOpen(false); button.focus(); }
  });
  document.addEventListener("click", (event) => {
    if (!panel.hidden && !button.parentElement.contains(event.target)) setOpen(false);
  });
}

document.querySelectorAll('[role="tablist"]').forEach(setupTabs);
document.querySelectorAll(".name-button").forEach(setupNameMenu);
