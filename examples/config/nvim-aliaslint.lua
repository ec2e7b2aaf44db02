-- Neovim: aliaslint-clangd as the clangd server (nvim-lspconfig provides the
-- "clangd" configuration: filetypes, root markers).
local cmd = { '/opt/aliaslint/bin/aliaslint-clangd', '--background-index' }

if vim.fn.has('nvim-0.11') == 1 then
  vim.lsp.config('clangd', { cmd = cmd })
  vim.lsp.enable('clangd')
else
  require('lspconfig').clangd.setup({ cmd = cmd })
end

-- Quick fixes: vim.lsp.buf.code_action() (default mapping `gra` in 0.11+);
-- the notes: vim.diagnostic.open_float().
