// Tests that check which modules a page fetched read the Resource Timing entries. Chromium keeps
// 250 by default, fewer than a dev-server page loads once the full catalog (a module per API) is
// in: later fetches would go unrecorded, so the buffer is raised before the test file loads.
performance.setResourceTimingBufferSize(100_000);
