;;; Emacs: aliaslint-clangd as the C/C++ language server.

;; Eglot (built into Emacs 29+). Quick fixes: M-x eglot-code-actions.
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((c-mode c-ts-mode c++-mode c++-ts-mode)
                 . ("/opt/aliaslint/bin/aliaslint-clangd" "--background-index"))))

;; lsp-mode. Quick fixes: M-x lsp-execute-code-action.
(setq lsp-clients-clangd-executable "/opt/aliaslint/bin/aliaslint-clangd"
      lsp-clients-clangd-args '("--background-index"))
