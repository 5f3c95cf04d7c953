-- FactLens in headless Neovim (0.7+, built-in LSP client), driven by test/e2e/lsp-clients.js:
--   FACTLENS_SERVER=dist/server.js FACTLENS_FILE=draft.md FACTLENS_EXPECT='<json>' \
--     nvim --headless -u NONE -c 'luafile test/e2e/neovim.lua'
-- FACTLENS_EXPECT: { claims = [{ sentence, verdict, severity }], cite = "<a supported sentence>" }.
-- Checks diagnostics (verdict, exact range, severity), prints the hover for the driver to check against the
-- database, applies a citation code action with vim.lsp.util.apply_workspace_edit and checks the buffer.
-- Prints "OK" and exits 0, or "FAIL: ..." and exits 1.
local function out(s) io.stdout:write(s .. "\n") end
local function fail(msg)
  out("FAIL: " .. msg)
  vim.cmd("cquit 1")
end

local ok_run, err = pcall(function()
  local server = assert(os.getenv("FACTLENS_SERVER"), "set FACTLENS_SERVER")
  local file = assert(os.getenv("FACTLENS_FILE"), "set FACTLENS_FILE")
  local expect_json = assert(os.getenv("FACTLENS_EXPECT"), "set FACTLENS_EXPECT")
  local expect = vim.fn.json_decode(expect_json)

  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = "markdown"
  local client_id = vim.lsp.start_client({
    name = "factlens",
    cmd = { "node", server, "--stdio" },
    root_dir = vim.fn.fnamemodify(file, ":h"),
  })
  if not client_id then return fail("vim.lsp.start_client returned nil") end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  -- Text a diagnostic covers (single-line ranges; columns are bytes in vim.diagnostic).
  local function covered(d)
    if d.end_lnum ~= d.lnum then return nil end
    local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1] or ""
    return line:sub(d.col + 1, d.end_col)
  end
  local function find(sentence)
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if covered(d) == sentence then return d end
    end
  end

  -- 1. Diagnostics, bounded wait until every expected sentence has one.
  local all_there = vim.wait(30000, function()
    for _, c in ipairs(expect.claims) do
      if not find(c.sentence) then return false end
    end
    return true
  end, 50)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data or {}).lsp or {}
    out(string.format("DIAG %d:%d sev=%d src=%s code=%s text=%s", d.lnum + 1, d.col + 1, d.severity,
      tostring(d.source), tostring(d.code or lsp.code), tostring(covered(d))))
  end
  if not all_there then return fail("not every expected sentence got a diagnostic within 30s") end
  for _, c in ipairs(expect.claims) do
    local d = find(c.sentence)
    local code = d.code or ((d.user_data or {}).lsp or {}).code
    if d.source ~= "factlens" then return fail("source " .. tostring(d.source)) end
    if code ~= c.verdict then return fail(string.format("%q: verdict %s, expected %s", c.sentence, tostring(code), c.verdict)) end
    if d.severity ~= c.severity then return fail(string.format("%q: severity %d, expected %d", c.sentence, d.severity, c.severity)) end
  end

  -- 2. Hover on the supported sentence: printed as JSON for the driver.
  local target = find(expect.cite)
  local position = { line = target.lnum, character = target.col + 3 }
  local res = vim.lsp.buf_request_sync(bufnr, "textDocument/hover",
    { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = position }, 10000)
  local hover
  for _, r in pairs(res or {}) do
    if r.result and r.result.contents then hover = r.result.contents end
  end
  if not hover then return fail("no hover") end
  out("HOVER " .. vim.fn.json_encode(hover.value or hover))

  -- 3. The citation code action, applied by the client.
  local lsp_diag = (target.user_data or {}).lsp
  local range = lsp_diag and lsp_diag.range or
    { start = { line = target.lnum, character = target.col }, ["end"] = { line = target.end_lnum, character = target.end_col } }
  local actions = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = range,
    context = { diagnostics = { lsp_diag }, only = { "quickfix" } },
  }, 10000)
  local cite, titles = nil, {}
  for _, r in pairs(actions or {}) do
    for _, a in ipairs(r.result or {}) do
      table.insert(titles, a.title)
      if not cite and (a.title:match("^Cite") or a.title:match("^Insert citation")) then cite = a end
    end
  end
  out("ACTIONS " .. table.concat(titles, " | "))
  if not cite then return fail("no citation code action") end
  if not cite.edit then return fail("the citation action has no edit") end
  vim.lsp.util.apply_workspace_edit(cite.edit, client.offset_encoding)

  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local marked = false
  for _, l in ipairs(lines) do
    local s, e = l:find(expect.cite, 1, true)
    if s and l:sub(e + 1):match("^%s?%[%^[^%]]+%]") then marked = true end
  end
  local last = ""
  for i = #lines, 1, -1 do
    if lines[i]:match("%S") then last = lines[i]; break end
  end
  out("LAST " .. last)
  if not marked then return fail("no [^id] after the cited sentence:\n" .. table.concat(lines, "\n")) end
  if not last:match("^%[%^[^%]]+%]: ") then return fail("no footnote definition at the end: " .. last) end

  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
  out("OK")
  vim.cmd("qall!")
end)
if not ok_run then fail(tostring(err)) end
