// Every unit test gets a fresh in-memory IndexedDB (fake-indexeddb).
import 'fake-indexeddb/auto';
