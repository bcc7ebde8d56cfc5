// The resources library holds only data; this translation unit gives the target a source file.
namespace nest::resources {
int anchor()
{
    return 0;
}
} // namespace nest::resources
