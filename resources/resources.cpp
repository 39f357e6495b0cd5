// Anchor for the resource library: the embedded files themselves are listed in CMakeLists.txt.
namespace concerto {
int resourcesLibraryAnchor() {
    return 0;
}
} // namespace concerto
