/* Runs before first paint: lets CSS fold the navigation only when JavaScript can unfold it. */
document.documentElement.classList.add("js");
