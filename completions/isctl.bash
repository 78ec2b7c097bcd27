# bash completion for isctl.                                           -*- shell-script -*-
#
#   source <(isctl completion bash)        # or copy this file to ~/.local/share/bash-completion/completions/isctl
#
# Every Tab asks isctl itself ('isctl __complete -- WORD... CURRENT'): commands, options and their values
# come from isctl's command model, stream names and tags from the store and namespace the line names.

_isctl_complete() {
  local line=${COMP_LINE:0:COMP_POINT}
  local -a words
  # The words up to the cursor, split on blanks (names and tags never hold one); the last is being typed.
  read -r -a words <<< "$line"
  local cur=""
  if [[ $line != *[[:blank:]] && ${#words[@]} -gt 0 ]]; then
    cur=${words[${#words[@]}-1]}
    unset 'words[${#words[@]}-1]'
  fi

  local out
  out=$("${words[0]}" __complete -- "${words[@]:1}" "$cur" 2>/dev/null) || return 0
  local directive=${out##*:}
  local -a candidates=()
  if [[ $out == *$'\n'* ]]; then
    mapfile -t candidates <<< "${out%$'\n'*}"
  fi

  # bash replaces only the word readline sees ($2), which starts after the last ':' or '=' and at an '@'
  # (COMP_WORDBREAKS): drop what comes before it from each candidate.
  local typed=$2 prefix=""
  [[ $cur == *"$typed" ]] && prefix=${cur%"$typed"}

  case $directive in
    files) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$typed"); return 0 ;;
    dirs) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$typed"); return 0 ;;
  esac

  COMPREPLY=()
  local candidate
  for candidate in "${candidates[@]}"; do
    COMPREPLY+=("${candidate#"$prefix"}")
  done
  # A stream name completes to NAME: and waits for the tag; so do NAME@, ns/ and --option=.
  if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *[:@/=] ]]; then
    compopt -o nospace 2>/dev/null
  fi
  return 0
}

complete -o default -F _isctl_complete isctl
