;;; emacs.el --- FactLens in batch Emacs with eglot, driven by test/e2e/lsp-clients.js  -*- lexical-binding: t -*-
;; FACTLENS_SERVER=dist/server.js FACTLENS_FILE=draft.md FACTLENS_EXPECT='<json>' emacs --batch -l test/e2e/emacs.el
;; (not -Q: that hides Debian's elpa packages).  FACTLENS_EXPECT: {"claims":[{sentence,verdict,severity}],"cite":"..."}.
;; Checks diagnostics (verdict, exact range, severity), prints the hover for the driver to check against the
;; database, applies a citation code action with eglot's workspace-edit support and checks the buffer.
;; Prints "OK" and exits 0, or "FAIL: ..." and exits 1.
(package-initialize)
(require 'eglot)
(require 'json)
(require 'cl-lib)

;; eglot derives the LSP languageId from the major mode's name: "markdown".
(define-derived-mode markdown-mode text-mode "Markdown")
(add-to-list 'eglot-server-programs `(markdown-mode . ("node" ,(getenv "FACTLENS_SERVER") "--stdio")))

(defvar factlens-diagnostics nil "Raw LSP diagnostics of the last publishDiagnostics for our file.")
(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
  (when (string-suffix-p (file-name-nondirectory (getenv "FACTLENS_FILE")) uri)
    (setq factlens-diagnostics (append diagnostics nil))))

(defun factlens-out (fmt &rest args) (princ (concat (apply #'format fmt args) "\n")))
(defun factlens-exit (code msg)
  (factlens-out "%s" msg)
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs code))
(defun factlens-fail (fmt &rest args) (factlens-exit 1 (concat "FAIL: " (apply #'format fmt args))))

(defun factlens-covered (diag)
  "The buffer text DIAG's range covers."
  (let ((range (plist-get diag :range)))
    (buffer-substring-no-properties (eglot--lsp-position-to-point (plist-get range :start))
                                    (eglot--lsp-position-to-point (plist-get range :end)))))

(defun factlens-find (sentence)
  (cl-find-if (lambda (d) (equal (factlens-covered d) sentence)) factlens-diagnostics))

(condition-case err
    (let* ((expect (json-parse-string (getenv "FACTLENS_EXPECT") :object-type 'plist :array-type 'list))
           (claims (plist-get expect :claims))
           (cite-sentence (plist-get expect :cite)))
      (find-file (getenv "FACTLENS_FILE"))
      (markdown-mode)
      (apply #'eglot--connect (eglot--guess-contact))

      ;; 1. Diagnostics, bounded wait until every expected sentence has one.
      (let ((deadline (+ (float-time) 30)))
        (while (and (< (float-time) deadline)
                    (not (cl-every (lambda (c) (factlens-find (plist-get c :sentence))) claims)))
          (accept-process-output nil 0.1)))
      (dolist (d factlens-diagnostics)
        (let ((start (plist-get (plist-get d :range) :start)))
          (factlens-out "DIAG %d:%d sev=%s src=%s code=%s text=%s" (1+ (plist-get start :line)) (1+ (plist-get start :character))
                        (plist-get d :severity) (plist-get d :source) (plist-get d :code) (factlens-covered d))))
      (dolist (c claims)
        (let ((d (factlens-find (plist-get c :sentence))))
          (unless d (factlens-fail "no diagnostic covers %S within 30s" (plist-get c :sentence)))
          (unless (equal (plist-get d :source) "factlens") (factlens-fail "source %S" (plist-get d :source)))
          (unless (equal (plist-get d :code) (plist-get c :verdict))
            (factlens-fail "%S: verdict %S, expected %S" (plist-get c :sentence) (plist-get d :code) (plist-get c :verdict)))
          (unless (equal (plist-get d :severity) (plist-get c :severity))
            (factlens-fail "%S: severity %S, expected %S" (plist-get c :sentence) (plist-get d :severity) (plist-get c :severity)))))

      ;; 2. Hover on the supported sentence, printed as JSON for the driver.
      (let* ((target (factlens-find cite-sentence))
             (range (plist-get target :range)))
        (goto-char (+ 3 (eglot--lsp-position-to-point (plist-get range :start))))
        (let* ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover (eglot--TextDocumentPositionParams) :timeout 10))
               (contents (plist-get hover :contents)))
          (unless contents (factlens-fail "no hover"))
          (factlens-out "HOVER %s" (json-encode (if (stringp contents) contents (plist-get contents :value)))))

        ;; 3. The citation code action, applied by eglot.
        (let* ((actions (jsonrpc-request (eglot-current-server) :textDocument/codeAction
                                         (list :textDocument (eglot--TextDocumentIdentifier)
                                               :range range
                                               :context (list :diagnostics (vector target) :only ["quickfix"]))
                                         :timeout 10))
               (titles (mapcar (lambda (a) (plist-get a :title)) actions))
               (cite (cl-find-if (lambda (a) (string-match-p "\\`\\(Cite\\|Insert citation\\)" (plist-get a :title))) actions)))
          (factlens-out "ACTIONS %s" (mapconcat #'identity titles " | "))
          (unless cite (factlens-fail "no citation code action"))
          (unless (plist-get cite :edit) (factlens-fail "the citation action has no edit"))
          (eglot--apply-workspace-edit (plist-get cite :edit))))

      (let* ((text (buffer-substring-no-properties (point-min) (point-max)))
             (last (car (last (split-string (string-trim-right text) "\n")))))
        (factlens-out "LAST %s" last)
        (unless (string-match-p (concat (regexp-quote cite-sentence) " ?\\[\\^[^]]+\\]") text)
          (factlens-fail "no [^id] after the cited sentence:\n%s" text))
        (unless (string-match-p "\\`\\[\\^[^]]+\\]: " last)
          (factlens-fail "no footnote definition at the end: %s" last)))
      (factlens-exit 0 "OK"))
  (error (factlens-fail "%s" (error-message-string err))))
