// Problems (RFC 9457) as people read them: the message, never the field's programmatic name.

/** The message of a failed call: the field errors' messages, else the problem's detail. */
export function problemMessage(error, fallback = 'Something went wrong. Please try again.') {
  const fields = error?.problem?.errors || [];
  if (fields.length) return fields.map((f) => sentence(f.message)).join(' ');
  return sentence(error?.problem?.detail || error?.message || fallback);
}

/** {field: message} of a failed call, by the last segment of each field's path. */
export function fieldErrors(error) {
  const errors = {};
  for (const entry of error?.problem?.errors || []) {
    const name = String(entry.field || '').split('.').pop();
    if (name && !(name in errors)) errors[name] = entry.message;
  }
  return errors;
}

export function sentence(text) {
  const value = String(text || '').trim();
  if (!value) return '';
  return value.charAt(0).toUpperCase() + value.slice(1) + (/[.!?…]$/.test(value) ? '' : '.');
}
