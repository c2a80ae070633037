// The inbox page's own script (no framework, no build step): live updates and actions.
//
// Live updates: long-poll the state's version (api/changes?since=N answers as soon as it moves,
// or after a second and a half); when it moves, fetch this page again and swap each region marked
// data-live whose content changed (twice a second at most: an accelerated clock moves the state at
// every tick). A region holding a form the user is filling in is left alone until they are done,
// so a reply being typed is never wiped out. The clock comes with each answer.
//
// Actions: forms posting to the page's actions are sent with fetch (Accept: application/json);
// the answer's notice (or error) is shown, the form cleared, the page refreshed. Without this
// script the same forms still work, as plain posts answered with a redirect.
"use strict";

(() => {
    const body = document.body;
    const changesUrl = body.dataset.changes;
    let version = body.dataset.version;
    let refreshing = null; // the refresh under way
    let pending = false; // a change came while it ran
    let deferred = false; // a busy region was left as it was

    const MIN_INTERVAL_MS = 500;
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

    function setLive(ok) {
        const badge = document.getElementById("live");
        if (!badge) return;
        badge.classList.toggle("offline", !ok);
        badge.textContent = ok ? "live" : "offline";
    }

    function setClock(clock) {
        const now = document.getElementById("clock-now");
        if (now && now.textContent !== clock.now) now.textContent = clock.now;
    }

    function notify(text, level) {
        const notice = document.getElementById("notice");
        if (!notice) return;
        notice.textContent = text; // text, never markup
        notice.className = `notice ${level}`;
        notice.hidden = false;
    }

    // A region is busy while it holds the focused field, or a field typed into and not yet sent.
    function busy(region) {
        const active = document.activeElement;
        if (active && region.contains(active) && active.matches("input, textarea, select")) return true;
        for (const field of region.querySelectorAll("input[type=text], input[type=tel], textarea")) {
            if (field.value !== field.defaultValue) return true;
        }
        return false;
    }

    async function refresh() {
        // One refresh at a time: a change seen meanwhile asks for one more afterwards.
        if (refreshing) {
            pending = true;
            return refreshing;
        }
        deferred = false;
        refreshing = (async () => {
            const response = await fetch(location.href, { headers: { Accept: "text/html" }, cache: "no-store" });
            if (!response.ok) return;
            const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
            for (const region of document.querySelectorAll("[data-live][id]")) {
                const next = fresh.getElementById(region.id);
                if (!next) continue;
                if (busy(region)) {
                    deferred = true;
                    continue;
                }
                if (next.innerHTML !== region.innerHTML) region.replaceWith(document.adoptNode(next));
            }
        })();
        try {
            await refreshing;
        } finally {
            refreshing = null;
        }
        if (pending) {
            pending = false;
            await refresh();
        }
    }

    async function follow() {
        let failures = 0;
        for (;;) {
            const started = Date.now();
            try {
                const response = await fetch(`${changesUrl}?since=${encodeURIComponent(version)}`, {
                    headers: { Accept: "application/json" },
                    cache: "no-store",
                });
                if (!response.ok) throw new Error(`HTTP ${response.status}`);
                const change = await response.json();
                setLive(true);
                failures = 0;
                setClock(change.clock);
                if (String(change.version) !== version) {
                    version = String(change.version);
                    await refresh();
                    // A fast clock changes the state at every tick: follow it twice a second at most.
                    await sleep(Math.max(0, MIN_INTERVAL_MS - (Date.now() - started)));
                }
            } catch (error) {
                setLive(false);
                failures += 1;
                await sleep(Math.min(500 * 2 ** failures, 10000));
            }
        }
    }

    document.addEventListener("submit", async (event) => {
        const form = event.target;
        if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== "post") return;
        event.preventDefault();
        const data = new FormData(form, event.submitter);
        const buttons = form.querySelectorAll("button");
        buttons.forEach((button) => (button.disabled = true));
        try {
            const response = await fetch(form.action, {
                method: "POST",
                body: new URLSearchParams(data),
                headers: { Accept: "application/json" },
            });
            const answer = await response.json();
            if (response.ok) {
                notify(answer.notice, "ok");
                form.reset();
            } else {
                notify(answer.error ? answer.error.description : `HTTP ${response.status}`, "error");
            }
        } catch (error) {
            notify(`The simulator did not answer: ${error.message}`, "error");
        } finally {
            buttons.forEach((button) => (button.disabled = false));
        }
        if (document.activeElement && form.contains(document.activeElement)) document.activeElement.blur();
        await refresh();
    });

    // Search as you type: the address follows the query, the list follows the address.
    const search = document.querySelector("form.search input[type=search]");
    if (search) {
        let timer = null;
        search.addEventListener("input", () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
                const url = new URL(search.form.action, location.href);
                for (const [key, value] of new FormData(search.form)) url.searchParams.set(key, value);
                history.replaceState(null, "", url);
                refresh();
            }, 250);
        });
    }

    // A region left alone while busy catches up when the user leaves it.
    document.addEventListener("focusout", () => {
        setTimeout(() => deferred && refresh(), 0);
    });

    follow();
})();
