// (placeholder: to be implemented)
console.log('bench: not yet implemented');
