.import KioskTest 1.0 as T
// Finds the first item under `root` whose Accessible.name is `name` (depth first),
// as assistive technology names it.
function byName(root, name) {
    return T.KioskTest.findByName(root, name)
}
