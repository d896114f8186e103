// Placeholder: filled in by issue 7.
int main() {
    return 1;
}
