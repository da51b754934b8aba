.import ProctorTest 1.0 as T
// Finds the first item under `root` whose Accessible.name is `name` (depth first).
function byName(root, name) {
    return T.ProctorTest.findByName(root, name)
}
