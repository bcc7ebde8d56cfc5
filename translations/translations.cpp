// The translations library holds only data; this translation unit gives the target a source file.
namespace nest::translations {
int anchor()
{
    return 0;
}
} // namespace nest::translations
