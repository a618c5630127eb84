-- Neovim configuration for test/editors/neovim.test.ts (`nvim --headless -u init.lua draft.md`).
--
-- The first part is the README's setup for the Neovim that runs: "Neovim 0.8+" (vim.lsp.start) where it exists,
-- else "Neovim 0.7+" (vim.lsp.start_client + buf_attach_client, settings sent from on_init because 0.7 neither sends
-- nor advertises them itself), which is what the Neovim Debian ships (0.7.2 in bookworm) runs. So the test checks
-- the configuration users copy.
-- The second part drives it: wait for diagnostics on the draft, ask for the quick fixes of the outdated title, apply
-- the preferred one, wait for the finding to go, and write everything to $CHINH_DANH_NVIM_OUT as JSON for the test
-- to judge. Any failure (no client, nothing published in time, a Lua error) is written there too, then Neovim quits.

local cmd = vim.fn.json_decode(os.getenv('CHINH_DANH_LSP_CMD'))
local out = os.getenv('CHINH_DANH_NVIM_OUT')
local timeout_ms = tonumber(os.getenv('CHINH_DANH_NVIM_TIMEOUT_MS') or '45000')

-- ---- the README's configuration for the Neovim that runs ---------------------------------------------------------
local settings = { chinhDanh = { locale = 'en', severity = { ['outdated-title'] = 'error' } } }
local chinh_danh_client
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'text' },
  callback = function(args)
    if vim.lsp.start then
      -- README "Neovim 0.8+": Neovim sends the settings itself.
      chinh_danh_client = vim.lsp.start({
        name = 'chinh-danh',
        cmd = cmd, -- users write { 'chinh-danh', 'lsp', '--stdio' }
        root_dir = vim.fn.getcwd(),
        settings = settings,
      })
      return
    end
    -- README "Neovim 0.7+" (Debian bookworm's 0.7.2).
    chinh_danh_client = chinh_danh_client
      or vim.lsp.start_client({
        name = 'chinh-danh',
        cmd = cmd,
        root_dir = vim.fn.getcwd(),
        settings = settings,
        on_init = function(client)
          client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
        end,
      })
    if chinh_danh_client then
      vim.lsp.buf_attach_client(args.buf, chinh_danh_client)
    end
  end,
})

-- ---- the test driver ------------------------------------------------------------------------------------------
-- What the server published, as sent: Neovim 0.7 keeps only `code` and `data` of each diagnostic in user_data, and a
-- code action request should carry the diagnostic as the server wrote it.
local published = {}
local publish_diagnostics = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result then
    published[result.uri] = result.diagnostics
  end
  return publish_diagnostics(err, result, ctx, config)
end

local version = vim.version()
local report = {
  nvim = version.major .. '.' .. version.minor .. '.' .. version.patch,
  api = vim.lsp.start and 'vim.lsp.start' or 'vim.lsp.start_client',
}
local finished = false

local function finish(err)
  if finished then
    return
  end
  finished = true
  report.error = err
  report.text = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(report))
  f:close()
  vim.cmd(err and 'cquit 1' or 'qall!')
end

-- Neovim's view of the diagnostics (byte columns), each with the diagnostic as the server sent it.
local function snapshot(buf)
  local sent = published[vim.uri_from_bufnr(buf)] or {}
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    local lsp
    for _, s in ipairs(sent) do
      if s.code == code and s.range.start.line == d.lnum then
        lsp = s
      end
    end
    table.insert(list, {
      lnum = d.lnum,
      col = d.col, -- a byte column, converted by Neovim from the server's UTF-16 position
      severity = d.severity,
      message = d.message,
      code = code,
      source = d.source,
      lsp = lsp,
    })
  end
  return list
end

local function has_code(list, code)
  for _, d in ipairs(list) do
    if d.code == code and d.lsp then
      return d
    end
  end
end

local stage = 'waiting for diagnostics'

local function apply_quick_fix(buf, diagnostic)
  stage = 'asking for quick fixes'
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = diagnostic.lsp.range,
    context = { diagnostics = { diagnostic.lsp }, only = { 'quickfix' } },
  }
  vim.lsp.buf_request(buf, 'textDocument/codeAction', params, function(err, actions)
    if err or not actions or #actions == 0 then
      return finish('no quick fix for the outdated title: ' .. vim.inspect(err or actions))
    end
    local chosen = actions[1]
    for _, a in ipairs(actions) do
      if a.isPreferred then
        chosen = a
      end
    end
    report.quickFix = chosen.title
    local client = vim.lsp.get_client_by_id(chinh_danh_client)
    stage = 'waiting for the finding to go after the quick fix'
    vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  end)
end

vim.api.nvim_create_autocmd('DiagnosticChanged', {
  callback = function()
    local ok, err = pcall(function()
      local buf = vim.api.nvim_get_current_buf()
      local list = snapshot(buf)
      if not report.diagnostics then
        local stale = has_code(list, 'outdated-title')
        if stale then
          report.diagnostics = list
          apply_quick_fix(buf, stale)
        end
      elseif report.quickFix and not has_code(list, 'outdated-title') then
        report.afterFix = list
        finish(nil)
      end
    end)
    if not ok then
      finish('Lua error: ' .. tostring(err))
    end
  end,
})

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    if not chinh_danh_client then
      return finish('the chinh-danh client did not start (is the draft a markdown buffer?)')
    end
    vim.defer_fn(function()
      finish('timed out after ' .. timeout_ms .. ' ms ' .. stage)
    end, timeout_ms)
  end,
})
