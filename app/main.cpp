// Placeholder desktop entry point.
int main() { return 0; }
