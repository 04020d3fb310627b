/* Workbench behaviour. Loaded as a static file (CSP: no inline scripts, no eval).
   Every feature here is an enhancement: the pages work with plain links and forms. */
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }

  function isTyping(target) {
    if (!target || !target.closest) return false;
    return Boolean(target.closest("input, textarea, select, [contenteditable], [contenteditable='true']"));
  }

  // Python counts code points, JavaScript strings count UTF-16 units: convert.
  function codePoints(text) {
    return Array.from(text).length;
  }

  /* --- htmx: show 4xx responses (validation, 403, 409 conflicts) instead of dropping them --- */
  document.addEventListener("htmx:beforeSwap", function (event) {
    var xhr = event.detail.xhr;
    // The session ended: go to the sign-in page instead of pasting it into a panel.
    if (xhr.responseURL && xhr.responseURL.indexOf("/accounts/login/") !== -1) {
      event.detail.shouldSwap = false;
      window.location.assign(xhr.responseURL);
      return;
    }
    var status = xhr.status;
    if (status >= 400 && status < 500) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    } else if (status >= 500) {
      toast("The server hit an error; nothing was changed. Try again, or reload the page.", "error");
    }
  });
  document.addEventListener("htmx:sendError", function () {
    toast("Could not reach the server. Check your connection and try again.", "error");
  });

  function toast(text, level) {
    var region = document.getElementById("messages");
    if (!region) return;
    var box = document.createElement("div");
    box.className = "message message-" + (level || "info");
    box.setAttribute("role", level === "error" ? "alert" : "status");
    var span = document.createElement("span");
    span.className = "message-text";
    span.textContent = text;
    var close = document.createElement("button");
    close.type = "button";
    close.className = "message-close";
    close.setAttribute("aria-label", "Dismiss this message");
    close.textContent = "×";
    box.appendChild(span);
    box.appendChild(close);
    region.appendChild(box);
    autoDismiss(region);
  }

  /* --- messages: close buttons, success messages fade out by themselves --- */
  function autoDismiss(root) {
    (root || document).querySelectorAll(".message-success, .message-info").forEach(function (box) {
      if (box.dataset.timer) return;
      box.dataset.timer = "1";
      window.setTimeout(function () { box.remove(); }, 6000);
    });
  }
  document.addEventListener("click", function (event) {
    var close = event.target.closest && event.target.closest(".message-close");
    if (close) close.closest(".message").remove();
  });

  /* --- navigation toggle on narrow screens --- */
  document.addEventListener("click", function (event) {
    var toggle = event.target.closest && event.target.closest(".nav-toggle");
    if (!toggle) return;
    var nav = document.getElementById(toggle.getAttribute("aria-controls"));
    if (!nav) return;
    var open = nav.classList.toggle("is-open");
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  });

  /* --- tables: rows open their claim/article; j/k move, Enter opens --- */
  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("table.data-table tbody tr[data-href]"));
  }
  function current() {
    return document.querySelector("table.data-table tbody tr.is-current");
  }
  function move(step) {
    var list = rows();
    if (!list.length) return;
    var index = list.indexOf(current());
    var next = index < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(Math.max(index + step, 0), list.length - 1);
    list.forEach(function (row) { row.classList.remove("is-current"); row.removeAttribute("aria-current"); });
    list[next].classList.add("is-current");
    list[next].setAttribute("aria-current", "true");
    list[next].scrollIntoView({ block: "nearest" });
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (!document.querySelector("table.data-table")) return;
    if (event.key === "j") { move(1); event.preventDefault(); }
    else if (event.key === "k") { move(-1); event.preventDefault(); }
    else if (event.key === "Enter") {
      var row = current();
      if (row && !(event.target.closest && event.target.closest("a, button"))) {
        window.location.assign(row.dataset.href);
        event.preventDefault();
      }
    }
  });
  document.addEventListener("click", function (event) {
    var row = event.target.closest && event.target.closest("table.data-table tbody tr[data-href]");
    if (!row) return;
    if (event.target.closest("a, button, input, label, select, textarea, form")) return;
    if (window.getSelection && String(window.getSelection()).length) return;
    window.location.assign(row.dataset.href);
  });

  /* --- bulk selection in the queue: the rows' checkboxes join the bar's form (form="bulk-form") --- */
  function bulkBoxes(form) {
    return Array.prototype.filter.call(form.elements, function (box) { return box.name === "claims"; });
  }
  function updateBulk() {
    var form = document.getElementById("bulk-form");
    if (!form) return;
    var boxes = bulkBoxes(form);
    var checked = boxes.filter(function (box) { return box.checked; }).length;
    var label = form.querySelector("[data-selected-count]");
    if (label) label.textContent = checked + " selected";
    var submit = form.querySelector("[data-bulk-submit]");
    if (submit) submit.disabled = checked === 0;
    var all = document.querySelector("[data-select-all]");
    if (all) {
      all.checked = boxes.length > 0 && checked === boxes.length;
      all.indeterminate = checked > 0 && checked < boxes.length;
    }
  }
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (!target.form || target.form.id !== "bulk-form" || target.type !== "checkbox") return;
    if (target.matches("[data-select-all]")) {
      bulkBoxes(target.form).forEach(function (box) { box.checked = target.checked; });
    }
    updateBulk();
  });

  /* --- a row assigned from the queue (htmx swaps that row alone) --- */
  // The row comes back with the reviewers' load read afresh ("Rita Reviewer (rita) — 3 open"):
  // give the other rows' selects, the bulk bar's and the filter's the same labels.
  function syncReviewerLabels(row) {
    var fresh = row.querySelector(".row-assign select");
    if (!fresh) return;
    var labels = {};
    Array.prototype.forEach.call(fresh.options, function (option) {
      if (option.value) labels[option.value] = option.textContent;
    });
    document.querySelectorAll(".row-assign select, #bulk_assignee, #id_assignee").forEach(function (select) {
      if (select === fresh) return;
      Array.prototype.forEach.call(select.options, function (option) {
        if (Object.prototype.hasOwnProperty.call(labels, option.value)) option.textContent = labels[option.value];
      });
    });
  }
  document.addEventListener("htmx:load", function (event) {
    var row = event.detail.elt;
    if (!row.matches || !row.matches("tr.claim-row")) return;
    syncReviewerLabels(row);
    // htmx gives focus back to the button pressed when the new row has it (same id); when it
    // has not ("Assign to me" once the claim is yours), keep the keyboard in this row.
    if (!document.activeElement || document.activeElement === document.body) {
      var next = row.querySelector(".row-assign select") || row.querySelector("a.claim-link");
      if (next) next.focus({ preventScroll: true });
    }
  });

  /* --- the reader: open a claim from its mark; turn a text selection into a claim --- */
  // Candidates off the short list ("minor") are plain text until "Show all" is ticked: a
  // click there is a click on text (a focused mark still opens with Enter).
  function hiddenMark(mark) {
    var toggle = document.getElementById("show-all-candidates");
    return mark.classList.contains("minor") && toggle && !toggle.checked;
  }
  function openMark(mark) {
    if (mark && mark.dataset.href) window.location.assign(mark.dataset.href);
  }
  // Opening a claim takes a click. The mouse-up that ends a drag (selecting text that starts
  // or ends in a mark) also fires "click" on the mark: ignore a click whose pointer moved
  // since the press, a shift-click (extends a selection) and a double click (selects a word).
  var DRAG_SLOP = 4;  // px a hand may wobble during a click
  var press = null;
  document.addEventListener("pointerdown", function (event) {
    press = { x: event.clientX, y: event.clientY };
  }, true);
  function isDrag(event) {
    // A keyboard or scripted click (detail 0) has no press to compare with.
    if (!press || event.detail === 0) return false;
    return Math.abs(event.clientX - press.x) > DRAG_SLOP || Math.abs(event.clientY - press.y) > DRAG_SLOP;
  }
  document.addEventListener("click", function (event) {
    var mark = event.target.closest && event.target.closest(".article-body mark[data-claim-id]");
    if (!mark || hiddenMark(mark)) return;
    if (isDrag(event) || event.shiftKey || event.detail > 1) return;
    openMark(mark);
  });
  document.addEventListener("keydown", function (event) {
    var mark = event.target.closest && event.target.closest(".article-body mark[data-claim-id]");
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      openMark(mark);
    }
  });

  // A point in the DOM (container, offset) → character offset into the raw article body.
  function bodyOffset(body, container, offset) {
    var node = container;
    var piece = null;
    if (node.nodeType === Node.TEXT_NODE) {
      piece = node.parentElement && node.parentElement.closest("[data-o]");
      if (piece && body.contains(piece)) {
        return Number(piece.dataset.o) + codePoints(node.data.slice(0, offset));
      }
    }
    // The point sits between elements: measure the text before it.
    var range = document.createRange();
    range.setStart(body, 0);
    range.setEnd(container, offset);
    return codePoints(range.toString());
  }

  function selectionSpan(body) {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    var range = selection.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
    var start = bodyOffset(body, range.startContainer, range.startOffset);
    var end = bodyOffset(body, range.endContainer, range.endOffset);
    var text = range.toString();
    // Leave surrounding white space out of the claim.
    var lead = text.length - text.replace(/^\s+/, "").length;
    var trail = text.length - text.replace(/\s+$/, "").length;
    start += codePoints(text.slice(0, lead));
    end -= codePoints(text.slice(text.length - trail));
    if (end <= start) return null;
    return { start: start, end: end, text: text.trim() };
  }

  // A selection of more than three sentences or 600 characters is more often a slip of the
  // mouse than one claim: it is added only once "Yes, add this long claim" is ticked (a
  // required box, so neither the form nor the selection bar sends it before). The server
  // refuses it too without that box.
  var LONG_CHARS = 600;
  var LONG_SENTENCES = 3;
  function sentenceCount(text) {
    return text.split(/[.!?]+["”’)]*\s+(?=\S)/).filter(function (part) { return part.trim(); }).length;
  }
  function confirmLong(form, span) {
    var block = form.querySelector("[data-long-confirm]");
    if (!block) return;
    var box = block.querySelector("[data-long-confirm-box]");
    var chars = span ? codePoints(span.text) : 0;
    var sentences = span ? sentenceCount(span.text) : 0;
    var long = chars > LONG_CHARS || sentences > LONG_SENTENCES;
    block.hidden = !long;
    box.required = long;
    box.checked = false;
    if (long) {
      block.querySelector("[data-long-confirm-text]").textContent =
        "This selection is long: " + chars.toLocaleString() + " characters, " + sentences +
        " sentences. A claim is usually one sentence; select less, or confirm.";
    }
  }

  function fillClaimForm(span) {
    var form = document.querySelector("[data-claim-form]");
    if (!form) return;
    form.querySelector("[name='span_start']").value = span ? span.start : "";
    form.querySelector("[name='span_end']").value = span ? span.end : "";
    var preview = form.querySelector("[data-selection-preview]");
    if (preview) {
      preview.textContent = span ? span.text : "";
      preview.hidden = !span;
    }
    confirmLong(form, span);
    var panel = document.getElementById("add-claim");
    if (panel) panel.classList.toggle("has-selection", Boolean(span));
    var bar = document.querySelector("[data-selection-bar]");
    if (bar) {
      bar.hidden = !span;
      var label = bar.querySelector("[data-selection-bar-text]");
      if (label) label.textContent = span ? "“" + span.text + "”" : "";
    }
  }

  document.addEventListener("mouseup", onSelection);
  document.addEventListener("keyup", function (event) {
    if (event.shiftKey || event.key === "Shift") onSelection();
  });
  document.addEventListener("touchend", function () { window.setTimeout(onSelection, 50); });
  function onSelection() {
    var body = document.getElementById("article-body");
    if (!body) return;
    var span = selectionSpan(body);
    if (!span) return;
    // A click elsewhere (the confirmation box, "Add claim") leaves the selection as it was:
    // keep the form as it is too, ticked box included.
    var form = document.querySelector("[data-claim-form]");
    if (form && form.querySelector("[name='span_start']").value === String(span.start) &&
        form.querySelector("[name='span_end']").value === String(span.end)) return;
    fillClaimForm(span);
  }
  document.addEventListener("click", function (event) {
    if (!event.target.closest) return;
    if (event.target.closest("[data-selection-add]")) {
      var form = document.querySelector("[data-claim-form]");
      if (form) form.requestSubmit();
    } else if (event.target.closest("[data-selection-cancel]")) {
      fillClaimForm(null);
      var selection = window.getSelection();
      if (selection) selection.removeAllRanges();
    }
  });

  /* --- after each htmx swap: re-apply state that lives in the page --- */
  document.addEventListener("htmx:afterSettle", function () {
    updateBulk();
    autoDismiss();
  });

  ready(function () {
    // On a phone the queue's filters fold away unless some are in use.
    if (window.matchMedia && window.matchMedia("(max-width: 720px)").matches) {
      document.querySelectorAll("details[data-fold-on-phone]").forEach(function (panel) {
        if (panel.dataset.active === "0") panel.open = false;
      });
    }
    updateBulk();
    autoDismiss();
    // A link to /articles/N/#claim-M: show that mark.
    if (window.location.hash.indexOf("#claim-") === 0) {
      var mark = document.getElementById(window.location.hash.slice(1));
      if (mark && hiddenMark(mark)) document.getElementById("show-all-candidates").checked = true;
      if (mark) mark.scrollIntoView({ block: "center" });
    }
  });
})();
